# blind6 -- English (en), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Gareth Pollard <g.pollard@fernhill-cottage.example>",
         to="service@thermaloop.example",
         subject="outdoor unit making a noise - HX-9, job ref TL-44810",
         body="""\
Hi,

Your engineer fitted our HX-9 heat pump at the end of October (job ref TL-44810). Since Sunday the outdoor unit has been making a crackling, buzzing sound whenever the compressor kicks in.

This morning I went out to have a look. There's a smell like melted plastic around the isolator switch on the wall, and the grey cable going into it has gone soft and brownish where it enters the box. The breaker in the garage tripped twice overnight. When I put my hand on the metal side panel to steady myself I felt a tingle right up my arm. My wife thinks I imagined it. I didn't.

I've switched everything off at the consumer unit, so the house is cold and we have a 4 month old. Can someone come out today please? I don't want to go near it again.

Gareth Pollard
07700 900418"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Joanne Whitcombe <jo.whitcombe@mailbox.example>",
         to="hello@pawfectbowl.example",
         subject="batch in last delivery?",
         body="""\
Hello,

We get the lamb & rice grain-free every four weeks (customer no. PB-220913). The bag that came on Thursday smelled different when I opened it, sort of sour, and the kibble looked darker than usual but I didn't think much of it.

Both our dogs ate from it on Friday evening. By Saturday morning Maisie (6 year old springer) couldn't get up, she was trembling and there was blood in her stools, and Rufus has been bringing everything back up all night. Our vet has Maisie on a drip and asked what food she's on. She wants the lot number, which is LR-2611-07B, best before 03/2028, and asked whether you've had other reports about it.

The rest of the bag is sealed in a bin in the garage. What do you need from us? And if other people got the same batch, are they being told?

Joanne"""),

    dict(n=3, signals="safety", priority="critical", trap="plain", qt=0, reply=0,
         frm="Marcus Adeyemi <m.adeyemi@harbourside-fitness.example>",
         to="support@ironform-equipment.example",
         subject="URGENT: Smith machine safety catch failed - member injured",
         body="""\
Hello,

I'm the operations manager at Harbourside Fitness. At about 18:30 yesterday the safety catch on one of our Smith machines (model FX-SM400, serial SM4-0083312, installed by your team in March) failed while a member was benching. The hooks didn't engage and the bar carried on down onto his chest with roughly 90 kg on it. He was taken to hospital and has two cracked ribs.

We've taped the machine off and taken photos of the catch mechanism; one of the hooks looks bent and the pin underneath is sheared. We have three more of the same model across our other two sites and I've had them closed off as well, but obviously members are asking.

I need an engineer to inspect all four as soon as possible, and I need to know if this has happened anywhere else. Our insurer will also want a written statement from you.

Marcus Adeyemi
Operations Manager, Harbourside Fitness Ltd
0117 496 0732"""),

    dict(n=4, signals="safety", priority="critical", trap="privacy", qt=0, reply=0,
         frm="Helen Marsh <helenmarsh77@inbox.example>",
         to="care@firstdose-pharmacy.example",
         subject="I can see someone else's prescriptions in the app",
         body="""\
I opened the FirstDose app this morning to reorder my inhaler and the "My prescriptions" page showed somebody else's records. A man called D. Okonkwo: date of birth, home address in Leeds, GP surgery, and a list of medicines including a couple I looked up and which are clearly very personal.

I logged out and back in and got my own page back, then after a refresh it was his again. I've taken screenshots in case you need them but I'm not comfortable keeping them.

If I can see his, who can see mine? I have conditions I don't want anyone knowing about. Please tell me what's going on and whether my details have been shown to other people. I'd also like to know if he's been told.

Helen Marsh"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Dr Priya Raman <priya.raman@brookvale-vets.example>",
         to="support@petrecord-pms.example",
         subject="calendar blank??",
         body="""\
To whoever is on call,

Every workstation at both our practices has shown the appointment book as empty since about 7.40 this morning. Clinical records won't open either, just a grey panel that says loading and never finishes. Logging out and rebooting made no difference, and it's the same on the laptops in consult rooms.

We have 14 procedures booked today including two dentals under GA and we can't see drug histories or weights for dosing. Reception are writing names on paper as owners arrive.

Please ring the clinic on 01632 960551 as soon as you see this.

Dr Priya Raman MRCVS
Clinical Director, Brookvale Veterinary Group"""),

    dict(n=6, signals="outage", priority="high", trap="named", qt=0, reply=0,
         frm="Tess Kowalczyk <tess@inkandpress-studio.example>",
         to="help@proofdesk.example",
         subject="is ProofDesk down?",
         body="""\
hi - is the proofing portal down? since last night i just get "Service unavailable" on the login page. tried chrome, edge and my phone on 4G, same thing everywhere, so it's not our wifi.

i have job 55102 (wedding stationery, 300 invites) that has to be approved by 2pm today or it misses the press slot and the couple won't have them in time. can you either get it back up or approve it on your side if i confirm here?

thanks
Tess
Ink & Press Studio"""),

    dict(n=7, signals="outage", priority="medium", trap="partial", qt=0, reply=0,
         frm="Alan Brightwell <alan.brightwell@postbox.example>",
         to="support@sunledger.example",
         subject="figures stuck since Tuesday",
         body="""\
Hello there,

The SunLedger app stopped updating at about 9 on Tuesday morning. It still shows Tuesday's generation and says "last update 09:02". The panels themselves are fine as far as I can tell: the inverter display in the garage says it's producing 3.1 kW right now and the meter is moving.

I've reinstalled the app and restarted the router and the little gateway box, no change. My neighbour, who has the same kit, says his stopped too.

It isn't urgent as such, the electricity is still being made, but I submit readings for the export payments at the end of the month, so I'd like to know whether the missing days will be filled in once it reconnects or whether I need to write them down by hand.

Regards,
Alan Brightwell
System ID SL-0048821"""),

    dict(n=8, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Kerry Fenwick <gates@meadowlark-festival.example>",
         to="urgent@scanpass.example",
         subject="GATES B + C",
         body="""\
all scanners on gate B and C showing red "unable to validate" since 16:10. restarted 3 of them, no diff. gate A is on the older handsets and seems ok but thats 4 lanes out of 20.

queue is back to the car park, aprox 2000 people, doors were 17:00 and the headliner is on at 19:30. we are waving people through on a visual wristband check which security are NOT happy about.

need someone on the phone NOW. 07700 900873, ask for Kerry, gate ops.

sent from my phone"""),

    dict(n=9, signals="outage", priority="high", trap="error-code", qt=0, reply=0,
         frm="Dr Samuel Ferreira <reception@cliftonroad-dental.example>",
         to="support@labconnect-dental.example",
         subject="upload failing",
         body="""\
Good afternoon,

Since about 11 this morning every attempt to send intraoral scans to the lab through your portal fails. The upload bar gets to the end and then we get "Error 503 - upstream temporarily unavailable". We've tried the scanner software and the web upload; same result on both. Your status page says everything is operational.

I have a crown case (patient ref CR-1187) that needs to reach the lab today to make the fit appointment next Thursday, and two more scans from this morning waiting. Is there another way to get the files to you in the meantime?

Kind regards,
Samuel Ferreira
Clifton Road Dental Practice"""),

    dict(n=10, signals="payment", priority="high", trap="plain", qt=0, reply=0,
         frm="Danielle Okafor <dani.okafor@quickpost.example>",
         to="customercare@sunroute-carhire.example",
         subject="deposit taken twice, still not released - booking SR-FAO-662104",
         body="""\
Hi,

I rented a car from your Faro airport desk from 14th to 21st October (booking SR-FAO-662104). At pickup the card machine failed the first time, the agent tried again and it went through. It turns out both attempts took the £950 deposit hold.

I returned the car on time with a full tank and no damage, the return sheet is signed. One of the holds dropped off after four days. The other is still sitting on my debit card nine days later, my bank says it's with you and only you can release it.

That's £950 of my money I can't touch, and my rent goes out on the 1st. I really need this sorted this week. I've attached the return sheet and a screenshot from my banking app.

Thanks,
Danielle Okafor"""),

    dict(n=11, signals="payment", priority="medium", trap="plain", qt=0, reply=0,
         frm="Connor Ashby <connor.ashby@webmail.example>",
         to="members@pulsegyms.example",
         subject="hello",
         body="""\
Hi, I cancelled my membership at the Eastgate club back in September, I have your email confirming it (ref CX-39012, "your membership will end on 30/09"). You've still taken £42.99 on 1 October and again on 1 November.

Please refund both payments and make sure nothing else goes out. I'd rather not have to cancel the direct debit through the bank but I will if it happens again.

Connor Ashby
member no. 0072 4419"""),

    dict(n=12, signals="payment", priority="low", trap="question", qt=0, reply=0,
         frm="Rachel Lindqvist <rlindqvist@familymail.example>",
         to="parents@canteencard.example",
         subject="quick question on top up",
         body="""\
Hi,

Just a quick one. When I topped up my son's canteen account with £20 on Monday (Oliver Lindqvist, Year 7, St Aidan's), my bank statement shows £20.35. Is the 35p a card fee that gets added every time you top up?

Not a big deal at all, I'd just like to understand it before I switch on auto top-up, because if it's per transaction I'll do bigger amounts less often.

Thanks
Rachel"""),

    dict(n=13, signals="payment", priority="medium", trap="account", qt=1, reply=1,
         frm="Owen Pritchard <owen.pritchard@greystonemail.example>",
         to="claims@hearthguard-insurance.example",
         subject="Re: Your online account - claim HG-7781203",
         body="""\
Thanks, I can get in now.

But the claim page says the settlement of £1,240 was paid on 28 October, and nothing has arrived. I've checked both my accounts. I think it may have gone to my old Halden Bank account which I closed in the summer; I changed the bank details on the form in September but maybe it didn't save.

Can you tell me which account it went to (last 4 digits is fine) and, if it bounced, when it will be reissued?

Owen

On 3 Nov 2026, at 10:14, HearthGuard Claims <claims@hearthguard-insurance.example> wrote:
> Dear Mr Pritchard,
>
> Your online account was locked after several failed sign-in attempts. We have now
> unlocked it and you should be able to log in with your existing password. If you
> still can't get in, use "Forgotten password" on the login page.
>
> Kind regards,
> HearthGuard Claims Team"""),

    dict(n=14, signals="account", priority="high", trap="2fa", qt=0, reply=0,
         frm="Beatrice Nwosu <bea.nwosu@citynet.example>",
         to="digital@ashworth-council.example",
         subject="code never comes",
         body="""\
I'm trying to get into my MyAshworth account to renew my resident parking permit, which runs out on Friday. After the password it asks for a 6 digit code by text. I have pressed "send code" six times since yesterday evening and not one has arrived. The number it shows ends in 229, which is right, and I get other texts fine.

There's no other way in that I can see and the phone line just tells me to use the website. I can't get into the account at all. Can you switch it to email or reset it?

Beatrice Nwosu
14 Tanner's Row"""),

    dict(n=15, signals="account", priority="medium", trap="permissions", qt=0, reply=0,
         frm="Imogen Clarke <imogen@northlight-studio.example>",
         to="members@thelofts-cowork.example",
         subject="lost admin after the merge",
         body="""\
Hi team,

Since you merged our two company profiles (Northlight Studio and Northlight Digital) last Wednesday, I've lost the admin role. I can still log in, but the "Manage members" tab has gone, I can't add our new starter who begins Monday, and I can't book the big meeting room for the team, only the phone booths.

Also Tom Baptiste's profile seems to have been dropped altogether, he gets "no active membership" in the app.

Could you put my admin rights back and restore Tom? Everything else is fine.

Thanks,
Imogen Clarke
Studio Manager, Northlight"""),

    dict(n=16, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Peter Hollis <p.hollis@oldworkplace.example>",
         to="bookings@westisles-ferries.example",
         subject="changing my email",
         body="""\
Good morning,

How do I change the e-mail address on my online account? I'm leaving my job at the end of December and won't have this address after that. I've looked under "My details" and the e-mail field is greyed out.

The new one would be peter.hollis@homefree.example. I travel to the island most months so I'd like to keep my saved vehicle and my booking history.

Many thanks,
Peter Hollis"""),

    dict(n=17, signals="account", priority="medium", trap="wrong-owner", qt=0, reply=0,
         frm="Nadia Haddad <n.haddad@kestrel-components.example>",
         to="accounts@bluewharf-freight.example",
         subject="account still in name of former employee - cust no. BW-30419",
         body="""\
Dear Sir/Madam,

Our shipper account with you (customer number BW-30419) is still registered to Mark Dunning, who left Kestrel Components in August. His mailbox has been closed, so the account notifications and any password reset links go nowhere.

I'm the logistics manager and I now handle all our bookings. Please transfer ownership of the account to me and remove Mark. I can send a letter on company letterhead signed by our managing director if that helps, just tell me what you need.

We have a consolidation booking to place next week, so I'd appreciate this being done before then.

Regards,
Nadia Haddad
Logistics Manager
Kestrel Components Ltd"""),

    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Liam Doherty <liam@crumbandco-bakery.example>",
         to="feedback@roundtrip-routes.example",
         subject="route planner",
         body="""\
Hey folks,

Just wanted to say the new multi-drop route planner is a killer feature. Our three van drivers are absolutely on fire this month, we've fitted in the two new cafés in Hove without adding a run, and Dave says he's finally home before the school pickup.

One small wish: could the printed run sheet show the delivery notes (back door code etc.) under each stop? At the moment they only appear in the app and our older driver prefers paper.

Keep it up!
Liam
Crumb & Co."""),

    dict(n=19, signals="-", priority="low", trap="crash-course", qt=0, reply=0,
         frm="Sunita Patel <manager@bridgeway-pharmacy.example>",
         to="training@dispensewise.example",
         subject="crash course for new staff?",
         body="""\
Hello,

We have two new dispensing assistants starting on Monday. Do you run a crash course on the stock and ordering modules, online or on site? Ideally something short, half a day, so I can get them up to speed before the winter rush kills us.

If there's a cost, please send me the price list; I'll need to get it signed off by head office.

Best wishes,
Sunita Patel
Pharmacy Manager, Bridgeway Pharmacy"""),

    dict(n=20, signals="-", priority="low", trap="negated", qt=0, reply=0,
         frm="Graham Toller <gtoller@mailcore.example>",
         to="support@parkeasy-app.example",
         subject="just to say",
         body="""\
Hi,

Last month I moaned at you twice about the app freezing at the exit barrier in the Riverside multi-storey, so it's only fair I write when things go right.

Since the 4.2 update it hasn't frozen or crashed once. The barrier reads the plate, the payment goes through first time, and I'm out. Three weeks now with no problems at all.

Cheers,
Graham"""),

    dict(n=21, signals="-", priority="low", trap="question", qt=0, reply=0,
         frm="Chloe Barrington <chloe.b@studentmail.example>",
         to="tickets@meadowlark-festival.example",
         subject="before I buy",
         body="""\
Hiya, me and 4 friends are thinking about weekend camping tickets for next summer but we got burnt at another festival this year when the site flooded and they cancelled the Sunday with no money back.

So before we buy: if the event is cancelled or cut short because of weather, do we get a refund, or a transfer to the next year? And can tickets be moved to another name if one of us drops out? Is there a fee for that?

Thanks!
Chloe"""),

    dict(n=22, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Rhona MacLeod <r.macleod@westisles-ferries.example>",
         to="incidents@voyagetix.example",
         subject="Re: Incident INC-20931 - booking system unavailable",
         body="""\
Hi Jamie,

Thanks for the write-up, that's very clear. All sailings have ticketed normally since Thursday and the port staff are happy.

Could you send it as a PDF as well? I'd like to put it in the pack for our ops meeting on the 19th. No rush.

Best,
Rhona

-----Original Message-----
From: Jamie Carver <incidents@voyagetix.example>
Sent: 12 November 2026 16:40
Subject: Incident INC-20931 - booking system unavailable

> Hi Rhona,
>
> Summary of yesterday's outage: between 06:10 and 08:45 the booking system was
> down for all West Isles routes. Port check-in could not issue boarding cards and
> online bookings failed with a timeout. Cause was an expired database certificate.
> We have added monitoring so this cannot recur unnoticed.
>
> Jamie"""),

    dict(n=23, signals="outage,account", priority="critical", trap="scale", qt=0, reply=0,
         frm="Mr D. Achterberg <it.support@kingsmead-academy.example>",
         to="support@examroom-online.example",
         subject="students cannot sign in - mocks start 09:00",
         body="""\
Hello,

Since 07:30 none of our students can sign in to ExamRoom. They click "Sign in with school account", enter the right details and get bounced back to the login page with "Invalid credentials". Staff accounts seem OK. I suspect it's related to the password policy change you announced for last night, because nothing changed on our side.

We have roughly 310 Year 11 students sitting online mock exams from 09:00 in the sports hall, and another 180 Year 13s at 11:00. We have no paper backup for the computer science papers.

Our school ID is KM-4471. Please call me on 01632 960 214.

Daniel Achterberg
Network Manager, Kingsmead Academy"""),

    dict(n=24, signals="account", priority="high", trap="escalation", qt=0, reply=1,
         frm="Agnieszka Wrona <a.wrona.translates@mailhub.example>",
         to="trust@linguapool.example",
         subject="RE: RE: account suspended - 3rd time asking",
         body="""\
This is now the third time I'm writing. My account has been "under verification" for 16 days. I sent the passport scan and the proof of address you asked for on day one. Nobody has replied to either email and the chat bot just sends me back to the same form.

I can't see the two jobs I'm halfway through, so I can't deliver them and both clients are chasing me. I earn my living on this platform. Please unlock it or at least tell me what is missing.

Agnieszka Wrona
translator ID 88213

> From: Agnieszka Wrona
> Sent: 4 November 2026 09:12
> Subject: RE: account suspended
>
> Hello, a week later and still nothing. Could someone please look at my account?
> I sent all documents.
>
> > From: Agnieszka Wrona
> > Sent: 28 October 2026 18:30
> > Subject: account suspended
> >
> > Hello, today I cannot log in, the message says my account is suspended pending
> > identity verification. I have uploaded my passport and a utility bill. How long
> > does this usually take?"""),
]
